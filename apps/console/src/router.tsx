// A small router over the History API: the console's few pages need no more.
import { createContext, useContext, useEffect, useState, type ReactNode, type MouseEvent } from 'react';

const RouteContext = createContext<{ path: string; go: (to: string) => void }>({ path: '/', go: () => undefined });

export function Router({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(() => location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = (to: string) => {
    if (to !== location.pathname) history.pushState(null, '', to);
    setPath(to);
    scrollTo(0, 0);
  };
  return <RouteContext.Provider value={{ path, go }}>{children}</RouteContext.Provider>;
}

export const useRoute = () => useContext(RouteContext);

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const { go, path } = useRoute();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    go(to);
  };
  return (
    <a href={to} onClick={onClick} className={className} aria-current={path === to ? 'page' : undefined}>
      {children}
    </a>
  );
}
