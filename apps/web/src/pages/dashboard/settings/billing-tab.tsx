import { useMutation, useQuery } from '@tanstack/react-query';
import { Download, ReceiptText } from 'lucide-react';
import { useState } from 'react';
import {
  balanceQueryOptions,
  can,
  downloadUsageCsv,
  ledgerQueryOptions,
  meQueryOptions,
  packagesQueryOptions,
  startCheckout,
} from '../../../api';
import {
  Badge,
  Button,
  Card,
  CardHeader,
  EmptyState,
  ErrorNotice,
  Field,
  Notice,
  QueryView,
  Select,
  Skeleton,
  Table,
  Td,
  Th,
  Tr,
} from '../../../components/ui';
import { formatMoney } from '../../../format/format-money';
import { useI18n } from '../../../i18n';
import { formatDateTime } from './format-date';

/** Billing: balance, the token packages with Checkout, the ledger history and the usage CSV export. */
export function BillingTab() {
  return (
    <div className="space-y-6">
      <BalanceCard />
      <PackagesCard />
      <LedgerCard />
      <UsageExportCard />
    </div>
  );
}

function BalanceCard() {
  const { t, locale } = useI18n();
  const balance = useQuery(balanceQueryOptions());
  const number = new Intl.NumberFormat(locale);
  return (
    <Card aria-labelledby="balance-title">
      <CardHeader id="balance-title" title={t('billing.balance')} />
      {balance.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : balance.isError ? (
        <ErrorNotice title={t('billing.balanceFailed')} error={balance.error} onRetry={() => void balance.refetch()} />
      ) : (
        <dl className="grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-zinc-500">{t('billing.available')}</dt>
            <dd className="font-bold text-3xl tabular-nums" data-testid="balance-available">
              {number.format(balance.data.available)}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-zinc-500">{t('billing.total')}</dt>
            <dd className="font-semibold text-xl tabular-nums">{number.format(balance.data.balance)}</dd>
          </div>
          <div>
            <dt className="text-sm text-zinc-500">{t('billing.reserved')}</dt>
            <dd className="font-semibold text-xl tabular-nums">{number.format(balance.data.reserved)}</dd>
          </div>
          {balance.data.lowBalanceThreshold !== null ? (
            <p className="text-sm text-zinc-500 sm:col-span-3">
              {t('billing.lowThreshold', { amount: number.format(balance.data.lowBalanceThreshold) })}
            </p>
          ) : null}
        </dl>
      )}
    </Card>
  );
}

function PackagesCard() {
  const { t, locale } = useI18n();
  const me = useQuery(meQueryOptions());
  const packages = useQuery(packagesQueryOptions());
  const checkout = useMutation({
    mutationFn: startCheckout,
    onSuccess: ({ url }) => window.location.assign(url),
  });
  const mayBuy = can(me.data, 'billing:manage');
  const number = new Intl.NumberFormat(locale);
  return (
    <Card aria-labelledby="packages-title">
      <CardHeader id="packages-title" title={t('billing.packages')} description={t('billing.packagesHint')} />
      {!mayBuy ? (
        <Notice className="mb-4" tone="info">
          {t('billing.noPermission')}
        </Notice>
      ) : null}
      {checkout.isError ? (
        <ErrorNotice className="mb-4" title={t('billing.checkoutFailed')} error={checkout.error} />
      ) : null}
      <QueryView query={packages} loadFailed={t('billing.packagesFailed')}>
        {(data) => (
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            {data.data.map((pack) => (
              <li
                key={pack.id}
                data-testid="token-package"
                className="flex flex-col rounded-xl border border-zinc-200 p-4 dark:border-zinc-800"
              >
                <p className="font-semibold text-brand-600 dark:text-brand-400">{pack.name}</p>
                <p className="mt-2 font-bold text-2xl">
                  {formatMoney({ minor: pack.amountCents, currency: pack.currency.toUpperCase(), locale })}
                </p>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  {t('billing.tokens', { count: number.format(pack.tokens) })}
                </p>
                <div className="mt-4 flex flex-wrap gap-2">
                  {pack.modes.map((mode) => (
                    <Button
                      key={mode}
                      size="sm"
                      variant={mode === 'payment' ? 'primary' : 'secondary'}
                      disabled={!mayBuy}
                      loading={
                        checkout.isPending &&
                        checkout.variables?.packageId === pack.id &&
                        checkout.variables.mode === mode
                      }
                      onClick={() => checkout.mutate({ packageId: pack.id, mode })}
                    >
                      {mode === 'payment' ? t('billing.buy') : t('billing.subscribe')}
                    </Button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </Card>
  );
}

function LedgerCard() {
  const { t, locale } = useI18n();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const ledger = useQuery(ledgerQueryOptions(cursor ? { cursor } : {}));
  const number = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const plain = new Intl.NumberFormat(locale);
  return (
    <Card aria-labelledby="ledger-title">
      <CardHeader
        id="ledger-title"
        title={t('billing.ledger')}
        actions={
          cursors.length > 0 ? (
            <Button size="sm" onClick={() => setCursors([])}>
              {t('billing.newest')}
            </Button>
          ) : null
        }
      />
      <QueryView query={ledger} loadFailed={t('billing.ledgerFailed')}>
        {(data) =>
          data.data.length === 0 ? (
            <EmptyState icon={ReceiptText} title={t('billing.ledger')} body={t('billing.ledgerEmpty')} />
          ) : (
            <>
              <Table caption={t('billing.ledger')}>
                <thead>
                  <tr>
                    <Th>{t('billing.when')}</Th>
                    <Th>{t('billing.kind')}</Th>
                    <Th>{t('billing.details')}</Th>
                    <Th className="text-right">{t('billing.change')}</Th>
                    <Th className="text-right">{t('billing.after')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {data.data.map((entry) => (
                    <Tr key={entry.id}>
                      <Td className="whitespace-nowrap">{formatDateTime({ value: entry.createdAt, locale })}</Td>
                      <Td>
                        <Badge tone={entry.kind === 'credit' || entry.kind === 'refund' ? 'good' : 'neutral'}>
                          {entry.kind}
                        </Badge>
                      </Td>
                      <Td className="max-w-72 truncate text-zinc-600 dark:text-zinc-400">
                        {[entry.action, entry.model, entry.reason].filter(Boolean).join(' · ') || '—'}
                      </Td>
                      <Td className="text-right tabular-nums">
                        {entry.balanceDelta === 0 ? '0' : number.format(entry.balanceDelta)}
                      </Td>
                      <Td className="text-right tabular-nums">{plain.format(entry.balanceAfter)}</Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
              {data.nextCursor ? (
                <div className="mt-4 flex justify-end">
                  <Button size="sm" onClick={() => setCursors((current) => [...current, data.nextCursor ?? ''])}>
                    {t('billing.older')}
                  </Button>
                </div>
              ) : null}
            </>
          )
        }
      </QueryView>
    </Card>
  );
}

function UsageExportCard() {
  const { t } = useI18n();
  const [groupBy, setGroupBy] = useState<'day' | 'action' | 'model'>('day');
  const download = useMutation({ mutationFn: downloadUsageCsv });
  const from = () => new Date(Date.now() - 30 * 86_400_000).toISOString();
  return (
    <Card aria-labelledby="export-title">
      <CardHeader id="export-title" title={t('billing.export')} description={t('billing.exportHint')} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id="export-group" label={t('billing.exportBy')} className="w-48">
          {(control) => (
            <Select
              {...control}
              value={groupBy}
              onChange={(event) => setGroupBy(event.target.value as 'day' | 'action' | 'model')}
            >
              <option value="day">{t('billing.exportDay')}</option>
              <option value="action">{t('billing.exportAction')}</option>
              <option value="model">{t('billing.exportModel')}</option>
            </Select>
          )}
        </Field>
        <Button
          onClick={() => download.mutate({ from: from(), groupBy })}
          loading={download.isPending}
          icon={<Download className="size-4" aria-hidden="true" />}
        >
          {t('billing.download')}
        </Button>
      </div>
      {download.isError ? (
        <ErrorNotice className="mt-4" title={t('billing.exportFailed')} error={download.error} />
      ) : null}
    </Card>
  );
}
