import { authEn } from './pages/auth.en';
import { chatEn } from './pages/chat.en';
import { overviewEn } from './pages/overview.en';
import { settingsEn } from './pages/settings.en';
import { workspaceEn } from './sections/workspace.en';
/**
 * English messages: the reference dictionary. Every other language must have exactly these keys
 * (enforced by the type of `de` and by `messages.test.ts`). Placeholders are written `{name}`.
 */
export const en = {
  'brand.name': 'SIGMACODE',
  'a11y.skipToContent': 'Skip to content',

  'language.label': 'Language',
  'language.en': 'English',
  'language.de': 'Deutsch',
  'theme.toDark': 'Switch to dark theme',
  'theme.toLight': 'Switch to light theme',

  'header.nav': 'Main',
  'header.features': 'Features',
  'header.pricing': 'Pricing',
  'header.signIn': 'Sign in',
  'header.dashboard': 'Dashboard',

  'hero.eyebrow': 'AI agent platform with a built-in firewall',
  'hero.title': 'Secure, metered AI for your customers',
  'hero.subtitle':
    'SIGMACODE lets you offer AI chat, agents, workflows and knowledge bases to your customers. Every request passes the SigmaGuard firewall and is paid for from prepaid tokens.',
  'hero.openDashboard': 'Open the dashboard',
  'hero.seePricing': 'See pricing',

  'features.title': 'Everything between your customers and the models',
  'features.firewall.title': 'SigmaGuard AI firewall',
  'features.firewall.body':
    'Inspects prompts, tool results and streamed answers against your policy, and blocks or redacts before anything reaches a model or a user.',
  'features.metering.title': 'Prepaid, metered tokens',
  'features.metering.body':
    'Customers buy a token package up front. Each request reserves tokens and settles exactly what it used: no surprise invoices.',
  'features.apis.title': 'OpenAI- and Dify-compatible APIs',
  'features.apis.body':
    'Point existing OpenAI SDKs or Dify clients at SIGMACODE. Both APIs run through the same firewall and billing pipeline.',
  'features.builder.title': 'Agents, workflows and knowledge',
  'features.builder.body':
    'Build chat apps, tool-using agents, workflows and knowledge bases, and offer them to your own customers.',

  'pricing.title': 'Token packages',
  'pricing.subtitle': 'Prepaid, one-time purchases. Tokens are deducted as they are used.',
  'pricing.tokens': '{count} tokens',
  'pricing.perThousand': '{price} per 1,000 tokens',
  'pricing.getStarted': 'Get started',
  'pricing.package.starter': 'Starter',
  'pricing.package.pro': 'Pro',
  'pricing.package.business': 'Business',
  'pricing.package.enterprise': 'Enterprise',

  'footer.tagline': 'Secure, metered AI agents.',

  ...authEn,
  ...chatEn,
  ...settingsEn,
  ...overviewEn,
  ...workspaceEn,

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you are looking for does not exist or has moved.',
  'notFound.home': 'Go to the home page',

  'dashboard.nav': 'Dashboard',
  'dashboard.openMenu': 'Open navigation',
  'dashboard.closeMenu': 'Close navigation',

  'nav.overview': 'Overview',
  'nav.chat': 'Chat',
  'nav.agents': 'Agents',
  'nav.workflows': 'Workflows',
  'nav.firewall': 'Firewall',
  'nav.knowledge': 'Knowledge',
  'nav.models': 'Models',
  'nav.tools': 'Tools',
  'nav.settings': 'Settings',

  'section.overview.description': 'The health of your SIGMACODE platform.',
  'section.chat.description': 'Talk to models and agents, with every message checked by SigmaGuard.',
  'section.agents.description': 'Configure agents with instructions, models and tools.',
  'section.workflows.description': 'Chain models, tools and conditions into repeatable workflows.',
  'section.firewall.description': 'Set SigmaGuard policies and review blocked or redacted requests.',
  'section.knowledge.description': 'Upload documents into knowledge bases that agents can search.',
  'section.models.description': 'Connect model providers and choose which models are offered.',
  'section.tools.description': 'Manage the tools agents may call.',
  'section.settings.description': 'Organization, members, API keys and token balance.',

  'status.title': 'Platform status',
  'status.operational': 'Operational',
  'status.degraded': 'Degraded',
  'status.version': 'Version',
  'status.database': 'Database',
  'status.redis': 'Redis',
  'status.uptime': 'Uptime',
  'status.dependency.ok': 'OK',
  'status.dependency.error': 'Error',
  'status.dependency.disabled': 'Not in use',
  'status.failing': 'Failing: {list}',
  'status.loading': 'Loading the platform status…',
  'status.refresh': 'Refresh',
  'status.checkedAt': 'Checked at {time}',
  'status.errorTitle': 'Could not load the platform status',
  'status.retry': 'Try again',
  'status.errorCode': 'Code',
  'status.requestId': 'Request ID',

  'models.loading': 'Loading the model catalog…',
  'models.errorTitle': 'Could not load the model catalog',
  'models.available': 'Available',
  'models.notConfigured': 'Provider not configured',
  'models.devModel': 'Development model — not an LLM',
  'models.context': 'Context: {tokens} tokens',
  'models.price': 'Price: {prompt} / {completion} platform tokens per 1,000 prompt / completion tokens',
  'models.free': 'No usage price: only the action is charged',
  'models.capability.chat': 'Chat',
  'models.capability.tools': 'Tools',
  'models.capability.vision': 'Vision',
  'models.capability.embeddings': 'Embeddings',
  'models.capability.streaming': 'Streaming',

  'error.NETWORK_ERROR': 'The server could not be reached. Check that it is running.',
  'error.INVALID_RESPONSE': 'The server sent a response the dashboard could not read.',
  'error.HTTP_ERROR': 'The server answered with status {status}.',

  'ui.close': 'Close',
  'ui.cancel': 'Cancel',
  'ui.retry': 'Try again',
  'ui.requestId': 'Request ID',
  'ui.copy': 'Copy',
  'ui.copied': 'Copied',
  'ui.loading': 'Loading…',
  'ui.save': 'Save',
  'ui.saved': 'Saved',

  'error.hint.generic': 'Try again in a moment. If it keeps happening, contact support with the request ID.',
  'error.hint.VALIDATION_FAILED': 'Check the highlighted fields and try again.',
  'error.hint.UNAUTHENTICATED': 'Your session has ended. Sign in again to continue.',
  'error.hint.INSUFFICIENT_TOKENS':
    'Buy a token package under Settings → Billing, or ask an owner of the organization to.',
  'error.hint.FORBIDDEN': 'Your role does not allow this. Ask an owner or admin of the organization.',
  'error.hint.CSRF_REJECTED': 'Reload the page and try again.',
  'error.hint.CONTENT_BLOCKED':
    'The SigmaGuard firewall stopped this. Rephrase the message without the flagged content.',
  'error.hint.NOT_FOUND': 'It may have been deleted. Reload the page to see the current state.',
  'error.hint.CONFLICT': 'Something with the same name or state already exists. Change it and try again.',
  'error.hint.RATE_LIMITED': 'Too many requests. Wait a minute, then try again.',
  'error.hint.NOT_CONFIGURED': 'This feature is not set up on this server yet. Ask the platform operator.',
  'error.hint.UNAVAILABLE': 'The service is temporarily unavailable. Try again in a minute.',
  'error.hint.UPSTREAM_FAILED': 'The model provider failed. Try again, or pick another model.',
  'error.hint.UPSTREAM_TIMEOUT': 'The model took too long to answer. Try again, or pick a faster model.',
  'error.hint.NETWORK_ERROR': 'Check your connection and that the server is running, then try again.',
  'error.hint.INVALID_RESPONSE':
    'Reload the page. If it keeps happening, the dashboard and server versions may differ.',
  'error.hint.HTTP_ERROR': 'Try again in a moment.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;

/** A complete dictionary: every key of {@link en}, no more. */
export type Messages = Record<MessageKey, string>;
