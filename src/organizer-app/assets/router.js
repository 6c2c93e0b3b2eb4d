// Hash routes (#/events/ID/plan): the server serves one page, the browser keeps the place.

const routes = [];

/** route('/events/:id/plan', (params) => …) */
export function route(pattern, render) {
  const names = [];
  const regex = new RegExp(
    `^${pattern.replace(/:(\w+)/g, (_, name) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  routes.push({ regex, names, render });
}

export function currentPath() {
  return location.hash.replace(/^#/, '') || '/';
}

export function navigate(path) {
  if (currentPath() === path) resolve();
  else location.hash = `#${path}`;
}

/** Renders the view of the current hash (called on every hash change). */
export function resolve() {
  const path = currentPath();
  for (const { regex, names, render } of routes) {
    const match = regex.exec(path);
    if (match) return render(Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])])));
  }
  return routes[0]?.render({});
}
