// "Prepare Review for…": a period (the last 6 months by default; 3, 12 or a custom range) and whether
// to include private parts, then the review in its panel (../reviewPanel.ts).
import * as vscode from 'vscode';
import { Commands } from '../../constants';
import { humanDate, isIsoDate, type IsoDate } from '../../core/dates';
import { monthsBefore } from '../../core/items';
import { plain } from '../../people/commands/messages';
import { resolvePerson, type PersonTarget } from '../../people/commands/pickers';
import type { PeopleServices } from '../../people/services';
import type { RegisterCommand } from '../../util/commands';
import { prepareReviewData, type PreparedReview, type ReviewPanels, type ReviewPeriod } from '../reviewPanel';

export interface ReviewOptions {
  /** The period as months before today (3, 6, 12 …) or as dates; with either, no pick is shown. */
  readonly months?: number;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** Include private parts (default: left out). */
  readonly includePrivate?: boolean;
  /** Show the panel (default true). */
  readonly show?: boolean;
}

/** What the command returns (for tests and scripts). */
export interface ReviewResult {
  readonly personId: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly includePrivate: boolean;
  readonly markdown: string;
  readonly meetings: number;
}

export function registerPrepareReview(register: RegisterCommand, people: PeopleServices, panels: ReviewPanels): vscode.Disposable {
  return register(Commands.prepareReview, (target?: PersonTarget, options?: ReviewOptions) => prepareReview(people, panels, target, plain(options)));
}

function shortDate(date: IsoDate): string {
  return humanDate(date).replace(/^\S+ /, '');
}

type PeriodItem = vscode.QuickPickItem & { readonly months?: number; readonly custom?: boolean; readonly privacy?: boolean };

/** The period pick: three periods, a custom range, and the private-parts switch (selecting it flips it). */
async function pickPeriod(name: string, today: IsoDate): Promise<ReviewPeriod | undefined> {
  const t = vscode.l10n.t;
  let includePrivate = false;
  const periods: PeriodItem[] = [6, 3, 12].map(months => ({
    label: `$(calendar) ${months === 6 ? t('Last 6 months') : months === 3 ? t('Last 3 months') : t('Last 12 months')}`,
    description: `${shortDate(monthsBefore(today, months))} – ${shortDate(today)}`,
    months,
  }));
  periods.push({ label: `$(edit) ${t('Custom range…')}`, description: t('from and to dates'), custom: true });
  const privacyItem = (): PeriodItem => ({
    label: includePrivate ? `$(unlock) ${t('Private parts: included')}` : `$(lock) ${t('Private parts: left out')}`,
    description: includePrivate ? t('select to leave them out') : t('select to include them'),
    privacy: true,
  });
  const pick = vscode.window.createQuickPick<PeriodItem>();
  pick.title = t('Prepare Review for {0}', name);
  pick.placeholder = t('Which period? (Enter keeps the last 6 months)');
  const setItems = () => {
    pick.items = [...periods, { label: t('Private parts'), kind: vscode.QuickPickItemKind.Separator }, privacyItem()];
    pick.activeItems = [periods[0]!];
  };
  setItems();
  const chosen = await new Promise<PeriodItem | undefined>(resolve => {
    pick.onDidAccept(() => {
      const item = pick.selectedItems[0] ?? pick.activeItems[0];
      if (item?.privacy) {
        includePrivate = !includePrivate;
        setItems();
        return;
      }
      resolve(item);
      pick.hide();
    });
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (!chosen) return undefined;
  if (chosen.months) return { from: monthsBefore(today, chosen.months), to: today, includePrivate };
  const from = await vscode.window.showInputBox({
    title: t('Review from (first day)'),
    value: monthsBefore(today, 6),
    prompt: t('A date as YYYY-MM-DD'),
    validateInput: v => (isIsoDate(v.trim()) ? (v.trim() > today ? t('That is after today.') : undefined) : t('Write a date as YYYY-MM-DD, e.g. {0}.', today)),
  });
  if (!from) return undefined;
  const to = await vscode.window.showInputBox({
    title: t('Review to (last day)'),
    value: today,
    prompt: t('A date as YYYY-MM-DD'),
    validateInput: v => (isIsoDate(v.trim()) ? (v.trim() < from.trim() ? t('That is before {0}.', from.trim()) : undefined) : t('Write a date as YYYY-MM-DD, e.g. {0}.', today)),
  });
  if (!to) return undefined;
  return { from: from.trim(), to: to.trim(), includePrivate };
}

/** The person and period from the arguments, or asked for; then the review. */
export async function resolveReview(people: PeopleServices, target?: PersonTarget, options: ReviewOptions = {}): Promise<PreparedReview | undefined> {
  const ref = await resolvePerson(people, target, { title: vscode.l10n.t('Prepare Review for…') });
  if (!ref) return undefined;
  const today = people.calendar.today();
  let period: ReviewPeriod | undefined;
  if (options.months !== undefined || options.from !== undefined) {
    const to = options.to && isIsoDate(options.to) ? options.to : today;
    const from = options.from && isIsoDate(options.from) ? options.from : monthsBefore(to, Math.max(1, Math.floor(options.months ?? 6)));
    period = { from, to, includePrivate: options.includePrivate ?? false };
  } else {
    period = await pickPeriod(ref.person.name, today);
  }
  if (!period) return undefined;
  const chosen = period;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Preparing the review of {0}…', ref.person.name) }, () => prepareReviewData(people, ref, chosen));
}

export async function prepareReview(people: PeopleServices, panels: ReviewPanels, target?: PersonTarget, options: ReviewOptions = {}): Promise<ReviewResult | undefined> {
  const prepared = await resolveReview(people, target, options);
  if (!prepared) return undefined;
  if (options.show !== false) panels.show(prepared);
  return {
    personId: prepared.ref.person.id,
    from: prepared.from,
    to: prepared.to,
    includePrivate: prepared.includePrivate,
    markdown: prepared.review.markdown,
    meetings: prepared.review.meetings.length,
  };
}
