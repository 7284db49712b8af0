import { LanguageSwitch } from './language-switch';
import { ThemeToggle } from './theme-toggle';

/** The language switch and theme toggle that sit at the right of every header. */
export function HeaderControls() {
  return (
    <div className="flex items-center gap-2">
      <LanguageSwitch />
      <ThemeToggle />
    </div>
  );
}
