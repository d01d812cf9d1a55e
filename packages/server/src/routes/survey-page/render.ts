/** The survey page's screens: one question, the contact step, thanks, and polite refusals. */
import {
  fillTemplate,
  localize,
  MAX_TEXT_ANSWER,
  type SurveyDefinition,
  type SurveyQuestion,
  type TemplateVars,
} from '@rapport/core';
import { esc, page } from './html.ts';
import type { PageStrings } from './strings.ts';

export interface QuestionScreen {
  def: SurveyDefinition;
  question: SurveyQuestion;
  lang: string;
  vars: TemplateVars;
  strings: PageStrings;
  action: string;
  position: number;
  total: number;
  canGoBack: boolean;
  error?: string | undefined;
  /** The answer to the previous answer (core's webReaction), shown above the question. */
  reaction?: string | null | undefined;
  /**
   * The probe after a low score of `question`: `probe` is its question ("What went wrong?"),
   * answered in a text box instead of the question's own inputs.
   */
  probe?: string | undefined;
}

/** Who is asking: the company's name among a page's template values, when there is one. */
export const brandOf = (vars: TemplateVars): string | undefined =>
  typeof vars.companyName === 'string' ? vars.companyName : undefined;

const reactionOf = (r: string | null | undefined) =>
  r ? `<p class="reaction" role="status">${esc(r)}</p>` : '';

const text = (t: Parameters<typeof localize>[0], s: QuestionScreen) =>
  fillTemplate(localize(t, s.lang, s.def.defaultLanguage), s.vars);

function option(
  type: 'radio' | 'checkbox',
  name: string,
  value: string,
  label: string,
  cls: string,
  describedBy: string,
): string {
  return `<label class="${cls}"><input type="${type}" name="${esc(name)}" value="${esc(value)}"${describedBy}><span>${esc(label)}</span></label>`;
}

function inputs(s: QuestionScreen, describedBy: string): string {
  const q = s.question;
  switch (q.type) {
    case 'score': {
      const points = [];
      for (let v = q.scale.min; v <= q.scale.max; v++)
        points.push(option('radio', 'value', String(v), String(v), 'opt', describedBy));
      return `<div class="scale">${points.join('')}</div><div class="ends" aria-hidden="true"><span>${esc(q.scale.min)} = ${esc(text(q.scale.minLabel, s))}</span><span>${esc(q.scale.max)} = ${esc(text(q.scale.maxLabel, s))}</span></div>
<p class="sr" id="ends">${esc(q.scale.min)}: ${esc(text(q.scale.minLabel, s))}. ${esc(q.scale.max)}: ${esc(text(q.scale.maxLabel, s))}.</p>`;
    }
    case 'single':
    case 'multi':
      return `<div class="list">${q.choices
        .map((c) =>
          option(
            q.type === 'single' ? 'radio' : 'checkbox',
            'value',
            c.id,
            text(c.label, s),
            'opt',
            describedBy,
          ),
        )
        .join('')}</div>`;
    case 'yes_no':
      return `<div class="list">${option('radio', 'value', 'yes', s.strings.yes, 'opt', describedBy)}${option('radio', 'value', 'no', s.strings.no, 'opt', describedBy)}</div>`;
    case 'expectation':
      return `<div class="list">${(['failed', 'met', 'exceeded'] as const).map((k) => option('radio', 'value', k, s.strings.expectation[k], 'opt', describedBy)).join('')}</div>`;
    case 'text':
      return textBox(describedBy);
  }
}

const textBox = (describedBy: string) =>
  `<textarea name="value" rows="5" maxlength="${MAX_TEXT_ANSWER}" aria-labelledby="q"${describedBy}></textarea>`;

export function questionPage(s: QuestionScreen): string {
  const err = s.error ? `<p class="error" role="alert" id="err">${esc(s.error)}</p>` : '';
  const describedBy = s.error
    ? ' aria-describedby="err"'
    : s.question.type === 'score' && s.probe === undefined
      ? ' aria-describedby="ends"'
      : '';
  const legend = s.probe ?? text(s.question.text, s);
  const step = s.probe === undefined ? '' : '\n<input type="hidden" name="step" value="probe">';
  const body = `${reactionOf(s.reaction)}<form method="post" action="${esc(s.action)}">
<input type="hidden" name="question" value="${esc(s.question.id)}">${step}
<fieldset><legend id="q">${esc(legend)}</legend>${err}${s.probe === undefined ? inputs(s, describedBy) : textBox(describedBy)}</fieldset>
<div class="actions"><button class="primary" type="submit" name="do" value="answer">${esc(s.strings.next)}</button>
<button class="secondary" type="submit" name="do" value="skip">${esc(s.strings.skip)}</button>
${s.canGoBack ? `<button class="secondary" type="submit" name="do" value="back">${esc(s.strings.back)}</button>` : ''}</div>
</form>`;
  return page({
    lang: s.lang,
    title: `${legend} – ${s.def.name}`,
    heading: s.def.name,
    brand: brandOf(s.vars),
    subheading:
      s.probe === undefined ? s.strings.progress(s.position, s.total) : s.strings.probeHeading,
    body,
  });
}

export function contactPage(o: {
  def: SurveyDefinition;
  lang: string;
  strings: PageStrings;
  action: string;
  canGoBack: boolean;
  error?: string;
  reaction?: string | null;
  brand?: string | undefined;
}): string {
  const err = o.error ? `<p class="error" role="alert" id="err">${esc(o.error)}</p>` : '';
  const body = `${reactionOf(o.reaction)}<form method="post" action="${esc(o.action)}"><input type="hidden" name="do" value="finish">
<fieldset><legend>${esc(o.strings.contactLegend)}</legend><p class="muted" id="hint">${esc(o.strings.contactHint)}</p>${err}
<p><label for="name">${esc(o.strings.name)}</label><br><input type="text" id="name" name="name" maxlength="200" autocomplete="name"></p>
<p><label for="email">${esc(o.strings.email)}</label><br><input type="email" id="email" name="email" maxlength="254" autocomplete="email" aria-describedby="hint"></p></fieldset>
<div class="actions"><button class="primary" type="submit">${esc(o.strings.send)}</button>
${o.canGoBack ? `<button class="secondary" type="submit" name="do" value="back">${esc(o.strings.back)}</button>` : ''}</div></form>`;
  return page({
    lang: o.lang,
    title: `${o.strings.contactLegend} – ${o.def.name}`,
    heading: o.def.name,
    brand: o.brand,
    body,
  });
}

export function messagePage(lang: string, title: string, message: string, brand?: string): string {
  return page({ lang, title, heading: title, brand, body: `<p role="status">${esc(message)}</p>` });
}
