/** The two kinds of working relationship a manager keeps 1:1 notes about. */
export type Relationship = 'direct-report' | 'peer';

/**
 * The four learning relationships (McKenzie, Henley Forum): two with a direct report, two with a peer.
 * The mode decides the question set and how strictly telling language is weighed.
 */
export type Mode = 'coaching' | 'co-learning' | 'mentoring' | 'peer-learning';

export const MODES: readonly Mode[] = ['coaching', 'co-learning', 'mentoring', 'peer-learning'];
export const RELATIONSHIPS: readonly Relationship[] = ['direct-report', 'peer'];

export interface ModeInfo {
  readonly mode: Mode;
  readonly relationship: Relationship;
  /** Short label for pickers and the tree, e.g. "Coaching". */
  readonly label: string;
  /** The relationship in full, e.g. "Coaching a direct report": the question set's title. */
  readonly title: string;
  /** One line on what the leader should do in this relationship. */
  readonly stance: string;
}

export const MODE_INFO: Readonly<Record<Mode, ModeInfo>> = {
  coaching: {
    mode: 'coaching',
    relationship: 'direct-report',
    label: 'Coaching',
    title: 'Coaching a direct report',
    stance: 'Formal authority casts a long shadow: ask, don\'t tell, and keep performance pressure out of the learning.',
  },
  'co-learning': {
    mode: 'co-learning',
    relationship: 'direct-report',
    label: 'Learning together',
    title: 'Learning together with a direct report',
    stance: 'Two-way knowledge creation: be transparent about what you do not know and co-create the way forward.',
  },
  mentoring: {
    mode: 'mentoring',
    relationship: 'peer',
    label: 'Mentoring',
    title: 'Mentoring a peer',
    stance: 'Ripples of influence: open doors and create conditions for them to learn, rather than giving unasked advice.',
  },
  'peer-learning': {
    mode: 'peer-learning',
    relationship: 'peer',
    label: 'Learning as peers',
    title: 'Learning with a peer as equals',
    stance: 'Equal influence, different expertise: listen, value their expertise and question your own assumptions.',
  },
};

export interface RelationshipInfo {
  readonly relationship: Relationship;
  /** "Direct report": pickers and labels. */
  readonly label: string;
  /** "Direct reports": the People view's group. */
  readonly plural: string;
  /** "direct report": inside a sentence. */
  readonly inSentence: string;
}

/** The words for each relationship, written once: pickers, the tree, tooltips and the prep view use these. */
export const RELATIONSHIP_INFO: Readonly<Record<Relationship, RelationshipInfo>> = {
  'direct-report': { relationship: 'direct-report', label: 'Direct report', plural: 'Direct reports', inSentence: 'direct report' },
  peer: { relationship: 'peer', label: 'Peer', plural: 'Peers', inSentence: 'peer' },
};

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

export function isRelationship(value: unknown): value is Relationship {
  return typeof value === 'string' && (RELATIONSHIPS as readonly string[]).includes(value);
}

export function modesFor(relationship: Relationship): Mode[] {
  return MODES.filter(m => MODE_INFO[m].relationship === relationship);
}

export function defaultModeFor(relationship: Relationship): Mode {
  return relationship === 'direct-report' ? 'coaching' : 'peer-learning';
}
