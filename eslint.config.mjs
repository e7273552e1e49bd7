// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap(m => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.vscode-host/**', '*.vsix', 'tmp/**'] },
  {
    files: ['**/*.ts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The core runs in the browser, the web worker, the CLI and the unit tests: no vscode, no Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure: pass what you need from the VS Code adapter in src/.' },
          ...nodeBuiltins.map(name => ({ name, message: 'src/core bundles for the browser: no Node built-ins.' })),
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'src/core is pure: inject configuration and clock.' },
        { name: 'Buffer', message: 'src/core bundles for the browser: use TextEncoder/TextDecoder.' },
        { name: 'require', message: 'src/core uses ES imports only.' },
      ],
    },
  },
  {
    // Outside the CLI, tests and scripts, file access goes through vscode.workspace.fs.
    files: ['src/**/*.ts'],
    ignores: ['src/core/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'path', 'node:path', 'os', 'node:os', 'child_process', 'node:child_process']
          .map(name => ({ name, message: 'Use vscode.workspace.fs and vscode.Uri so virtual, remote and web workspaces work.' })),
      }],
    },
  },
);
