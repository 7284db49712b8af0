import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { ChevronDown, LogOut, Settings } from 'lucide-react';
import { ME_QUERY_KEY, meQueryOptions, signOut } from '../../api';
import { useT } from '../../i18n';

const ITEM =
  'flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800';

/** The signed-in user's name, organization and role, with settings and sign-out. */
export function UserMenu() {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(meQueryOptions());
  const signOutMutation = useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      // Whatever the server said, this browser forgets the previous user's data.
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
      await navigate({ to: '/login', replace: true });
    },
  });
  const user = me.data?.user;
  if (!user) return null;
  const initials = (user.name || user.email).slice(0, 2).toUpperCase();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={t('auth.account')}
        className="flex items-center gap-2 rounded-lg px-1.5 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        <span className="grid size-8 place-items-center rounded-full bg-brand-600 font-semibold text-white text-xs">
          {initials}
        </span>
        <span className="hidden text-left text-xs leading-tight lg:block">
          <span className="block max-w-40 truncate font-medium text-sm">{user.name}</span>
          <span className="block max-w-40 truncate text-zinc-500">{me.data?.organization.name}</span>
        </span>
        <ChevronDown className="size-4 text-zinc-500" aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-xl border border-zinc-200 bg-white p-1.5 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <div className="px-2 py-1.5 text-xs">
            <p className="truncate font-medium text-sm">{user.name}</p>
            <p className="truncate text-zinc-500">{user.email}</p>
            {me.data?.role ? (
              <p className="mt-1 text-zinc-500">
                {me.data.organization.name} · {t(`role.${me.data.role}`)}
              </p>
            ) : null}
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
          <DropdownMenu.Item asChild className={ITEM}>
            <Link to="/dashboard/settings">
              <Settings className="size-4" aria-hidden="true" />
              {t('nav.settings')}
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className={ITEM}
            disabled={signOutMutation.isPending}
            onSelect={() => signOutMutation.mutate()}
          >
            <LogOut className="size-4" aria-hidden="true" />
            {signOutMutation.isPending ? t('auth.signingOut') : t('auth.signOut')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
