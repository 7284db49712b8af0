import { Link } from '@tanstack/react-router';
import { ArrowRight, Bot, Coins, type LucideIcon, Plug, ShieldCheck } from 'lucide-react';
import { useDocumentTitle } from '../browser/use-document-title';
import { PublicShell } from '../components/public-shell';
import { formatMoney } from '../format/format-money';
import { useI18n } from '../i18n';
import { TOKEN_PACKAGES } from '../pricing/token-packages';

const FEATURES = [
  { id: 'firewall', icon: ShieldCheck },
  { id: 'metering', icon: Coins },
  { id: 'apis', icon: Plug },
  { id: 'builder', icon: Bot },
] as const satisfies readonly { id: string; icon: LucideIcon }[];

/** `/`: what SIGMACODE does and what the token packages cost. */
export function LandingPage() {
  const { t } = useI18n();
  useDocumentTitle(t('hero.title'));
  return (
    <PublicShell>
      <Hero />
      <section
        id="features"
        aria-labelledby="features-title"
        className="scroll-mt-16 border-zinc-200 border-t bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/40"
      >
        <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
          <h2 id="features-title" className="max-w-2xl font-semibold text-3xl tracking-tight">
            {t('features.title')}
          </h2>
          <ul className="mt-10 grid gap-6 sm:grid-cols-2">
            {FEATURES.map(({ id, icon: Icon }) => (
              <li
                key={id}
                className="rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
              >
                <span className="grid size-10 place-items-center rounded-lg bg-brand-50 text-brand-600 dark:bg-brand-950 dark:text-brand-300">
                  <Icon className="size-5" aria-hidden="true" />
                </span>
                <h3 className="mt-4 font-semibold text-lg">{t(`features.${id}.title`)}</h3>
                <p className="mt-2 text-zinc-600 leading-relaxed dark:text-zinc-400">{t(`features.${id}.body`)}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <Pricing />
    </PublicShell>
  );
}

function Hero() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="hero-title" className="relative overflow-hidden">
      <div
        aria-hidden="true"
        className="-z-10 absolute inset-0 bg-[radial-gradient(60rem_30rem_at_50%_-10%,var(--color-brand-200),transparent)] opacity-70 dark:bg-[radial-gradient(60rem_30rem_at_50%_-10%,var(--color-brand-900),transparent)]"
      />
      <div className="mx-auto max-w-6xl px-4 pt-20 pb-24 text-center sm:px-6 sm:pt-28">
        <p className="inline-flex items-center gap-2 rounded-full border border-brand-200 bg-white/70 px-3 py-1 font-medium text-brand-700 text-sm dark:border-brand-800 dark:bg-zinc-900/70 dark:text-brand-300">
          <ShieldCheck className="size-4" aria-hidden="true" />
          {t('hero.eyebrow')}
        </p>
        <h1
          id="hero-title"
          className="mx-auto mt-6 max-w-3xl text-balance font-bold text-4xl tracking-tight sm:text-6xl"
        >
          {t('hero.title')}
        </h1>
        <p className="mx-auto mt-6 max-w-2xl text-pretty text-lg text-zinc-600 leading-relaxed dark:text-zinc-400">
          {t('hero.subtitle')}
        </p>
        <div className="mt-10 flex flex-col items-center justify-center gap-3 sm:flex-row">
          <Link
            to="/dashboard"
            className="inline-flex items-center gap-2 rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-500"
          >
            {t('hero.openDashboard')}
            <ArrowRight className="size-4" aria-hidden="true" />
          </Link>
          <a
            href="#pricing"
            className="rounded-lg px-5 py-3 font-semibold text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
          >
            {t('hero.seePricing')}
          </a>
        </div>
      </div>
    </section>
  );
}

function Pricing() {
  const { t, locale } = useI18n();
  const tokens = new Intl.NumberFormat(locale);
  return (
    <section id="pricing" aria-labelledby="pricing-title" className="scroll-mt-16">
      <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
        <h2 id="pricing-title" className="font-semibold text-3xl tracking-tight">
          {t('pricing.title')}
        </h2>
        <p className="mt-3 text-zinc-600 dark:text-zinc-400">{t('pricing.subtitle')}</p>
        <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {TOKEN_PACKAGES.map((pack) => (
            <li
              key={pack.id}
              className="flex flex-col rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800 dark:bg-zinc-900/40"
            >
              <h3 className="font-semibold text-brand-600 dark:text-brand-400">{t(`pricing.package.${pack.id}`)}</h3>
              <p className="mt-4 font-bold text-3xl tracking-tight">
                {formatMoney({ minor: pack.priceMinor, currency: pack.currency, locale })}
              </p>
              <p className="mt-1 font-medium">{t('pricing.tokens', { count: tokens.format(pack.tokens) })}</p>
              <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
                {t('pricing.perThousand', {
                  price: formatMoney({
                    minor: Math.round((pack.priceMinor * 1000) / pack.tokens),
                    currency: pack.currency,
                    locale,
                  }),
                })}
              </p>
              <Link
                to="/register"
                className="mt-6 rounded-lg border border-zinc-300 px-4 py-2 text-center font-medium text-sm hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
              >
                {t('pricing.getStarted')}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
