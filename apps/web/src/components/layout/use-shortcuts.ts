import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { SEARCH_INPUT_ID } from '../../features/recipes/recipe-list-panel.tsx';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Desktop keyboard shortcuts: "/" focuses search, "n" starts a new recipe, Esc closes the open pane. */
export function useShortcuts() {
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]')) return; // the dialog owns the keyboard
      if (event.key === 'Escape' && pathname.startsWith('/recipes/')) {
        event.preventDefault();
        void navigate({ to: '/' });
        return;
      }
      if (isTyping(event.target)) return;
      if (event.key === '/') {
        event.preventDefault();
        const focus = () => document.getElementById(SEARCH_INPUT_ID)?.focus();
        if (document.getElementById(SEARCH_INPUT_ID)?.offsetParent) focus();
        else void navigate({ to: '/' }).then(() => requestAnimationFrame(focus));
      } else if (event.key === 'n') {
        event.preventDefault();
        void navigate({ to: '/recipes/new' });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate, pathname]);
}
