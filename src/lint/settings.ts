import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../constants';
import { isMode, type Mode } from '../core/modes';
import type { LintOptions, RuleSeverity, Strictness } from '../core/lint/types';

export interface LintSettings {
  readonly enable: boolean;
  readonly scope: 'notesFolder' | 'allMarkdown';
  readonly defaultMode: Mode;
  readonly holdWhileTyping: boolean;
  readonly typingDelay: number;
  readonly options: LintOptions;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const STRICTNESS = new Set(['strict', 'normal', 'gentle', 'off']);

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim().length >= 2) : [];
}

/** Reads the lint settings for a document; values of the wrong type fall back to defaults. */
export function readLintSettings(scope: vscode.Uri | undefined): LintSettings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope ?? null);
  const rules: Record<string, RuleSeverity> = {};
  const rawRules = c.get<unknown>('lint.rules');
  if (rawRules && typeof rawRules === 'object') {
    for (const [id, sev] of Object.entries(rawRules as Record<string, unknown>)) {
      if (typeof sev === 'string' && SEVERITIES.has(sev)) rules[id] = sev as RuleSeverity;
    }
  }
  const strictness: Partial<Record<Mode, Strictness>> = {};
  const rawStrictness = c.get<unknown>('lint.strictness');
  if (rawStrictness && typeof rawStrictness === 'object') {
    for (const [mode, value] of Object.entries(rawStrictness as Record<string, unknown>)) {
      if (isMode(mode) && typeof value === 'string' && STRICTNESS.has(value)) strictness[mode] = value as Strictness;
    }
  }
  const defaultMode = c.get<unknown>('lint.defaultMode');
  const delay = Number(c.get<unknown>('lint.typingDelay'));
  return {
    enable: c.get<boolean>('lint.enable', true) !== false,
    scope: c.get<string>('lint.scope') === 'allMarkdown' ? 'allMarkdown' : 'notesFolder',
    defaultMode: isMode(defaultMode) ? defaultMode : 'coaching',
    holdWhileTyping: c.get<boolean>('lint.holdWhileTyping', true) !== false,
    typingDelay: Number.isFinite(delay) ? Math.min(10_000, Math.max(100, delay)) : 1500,
    options: {
      ruleSeverity: rules,
      strictness,
      extraPhrases: stringList(c.get<unknown>('lint.extraPhrases')),
      allowPhrases: stringList(c.get<unknown>('lint.allowPhrases')),
    },
  };
}
