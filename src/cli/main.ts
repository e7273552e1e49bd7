// Placeholder: the lint CLI (issue 3).
console.log('learning-leader: not implemented yet');
