// Building the page from data, never from HTML text: every string becomes a text node, so a name
// like <img src=x onerror=alert(1)> is shown as it is and never run.

/** An element with attributes (functions for on* events) and children (strings, numbers, elements, arrays, null). */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2).toLowerCase(), value);
    } else if (name === 'value') {
      element.setAttribute('value', String(value)); // the default a form's reset returns to
      element.value = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  if (element.classList.contains('table-wrap') && !element.hasAttribute('tabindex')) {
    element.tabIndex = 0; // a table wider than a phone scrolls in its frame: reachable by the keyboard too
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child instanceof Node) {
      element.appendChild(child);
    } else {
      element.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces what an element holds. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}
