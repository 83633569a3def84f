// The first key given twice in one object of a JSON text, or null. JSON.parse keeps the last of two, without a word;
// the service refuses a request that repeats a key (openfisca_asb/facts/repeated_keys.py), and so does the page a file.
export function repeatedKey(text) {
  const objects = []; // for each open object or array: the keys seen (null for an array)
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === "{") {
      objects.push(new Set());
      expectKey = true;
    } else if (c === "[") {
      objects.push(null);
    } else if (c === "}" || c === "]") {
      objects.pop();
    } else if (c === ",") {
      expectKey = objects.at(-1) instanceof Set;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (expectKey) {
        const key = JSON.parse(text.slice(i, end + 1));
        if (objects.at(-1).has(key)) return key;
        objects.at(-1).add(key);
        expectKey = false;
      }
      i = end;
    }
  }
  return null;
}

// The position of the quote that closes the string opening at `start`.
function stringEnd(text, start) {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i;
}
