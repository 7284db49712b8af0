import {
  BookOpen,
  Bot,
  Cpu,
  LayoutDashboard,
  type LucideIcon,
  MessageSquare,
  Settings,
  ShieldCheck,
  Workflow,
  Wrench,
} from 'lucide-react';

/**
 * The dashboard's sections in sidebar order. Adding one = one line here, its messages in `en`/`de`,
 * and its route in `router/dashboard-routes.tsx`.
 */
export const DASHBOARD_SECTIONS = [
  { id: 'overview', to: '/dashboard', icon: LayoutDashboard },
  { id: 'chat', to: '/dashboard/chat', icon: MessageSquare },
  { id: 'agents', to: '/dashboard/agents', icon: Bot },
  { id: 'workflows', to: '/dashboard/workflows', icon: Workflow },
  { id: 'firewall', to: '/dashboard/firewall', icon: ShieldCheck },
  { id: 'knowledge', to: '/dashboard/knowledge', icon: BookOpen },
  { id: 'models', to: '/dashboard/models', icon: Cpu },
  { id: 'tools', to: '/dashboard/tools', icon: Wrench },
  { id: 'settings', to: '/dashboard/settings', icon: Settings },
] as const satisfies readonly { id: string; to: `/dashboard${string}`; icon: LucideIcon }[];

export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];
export type DashboardSectionId = DashboardSection['id'];
