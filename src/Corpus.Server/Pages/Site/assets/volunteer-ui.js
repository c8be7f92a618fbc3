// Small DOM functions shared by the volunteer page's modules.

export const $ = (id) => document.getElementById(id);

export function show(id, visible = true) {
  $(id).hidden = !visible;
}

/** French text, with its Darija (Arabic script, right to left) beside it when given. */
function bilingual(element, message, darija) {
  element.textContent = message || '';
  if (!darija) return;
  const span = Object.assign(document.createElement('span'), { lang: 'ary', dir: 'rtl', className: 'ary', textContent: darija });
  element.append(' ', span);
}

/** Says something in the page's live region (read out by screen readers). */
export function say(message, tone = 'info', darija = '') {
  const status = $('status');
  bilingual(status, message, darija);
  status.dataset.tone = tone;
}

export function fieldError(id, message, darija = '') {
  const element = $(id);
  if (!element) return false;
  bilingual(element, message, darija);
  element.hidden = !message;
  const input = document.querySelector(`[aria-describedby~="${id}"]`);
  if (input) {
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  return true;
}

/**
 * Puts each field's problem next to its input: `fields` maps the API's field names to error element ids.
 * Returns the messages that had no place, for the general status line.
 */
export function showFieldErrors(errors, fields) {
  const unplaced = [];
  for (const [field, messages] of Object.entries(errors || {})) {
    const text = [].concat(messages).join(' ; ');
    const target = fields[field] || fields[field.split(/[.[]/)[0]];
    if (!target || !fieldError(target, text)) unplaced.push(`${field} : ${text}`);
  }
  return unplaced;
}

export function clearErrors(ids) {
  ids.forEach((id) => fieldError(id, ''));
}

export function focusFirstError(container) {
  const invalid = $(container).querySelector('[aria-invalid="true"]');
  if (invalid) invalid.focus();
}
