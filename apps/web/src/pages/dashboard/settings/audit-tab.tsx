import { useMutation, useQuery } from '@tanstack/react-query';
import { Download, ScrollText } from 'lucide-react';
import { useState } from 'react';
import { type AuditFilter, auditQueryOptions, downloadAuditCsv, isApiError } from '../../../api';
import {
  Button,
  Card,
  CardHeader,
  EmptyState,
  ErrorNotice,
  Field,
  Input,
  Notice,
  QueryView,
  Table,
  Td,
  Th,
  Tr,
} from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { formatDateTime } from './format-date';

/** The organization's audit log with filters, paging and CSV export; a clear notice while the server has none. */
export function AuditTab() {
  const { t, locale } = useI18n();
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [cursors, setCursors] = useState<string[]>([]);
  const filter: AuditFilter = {
    ...(action.trim() ? { action: action.trim() } : {}),
    ...(from ? { from: new Date(from).toISOString() } : {}),
    ...(to ? { to: new Date(`${to}T23:59:59`).toISOString() } : {}),
  };
  const cursor = cursors.at(-1);
  const audit = useQuery(auditQueryOptions(cursor ? { ...filter, cursor } : filter));
  const csv = useMutation({ mutationFn: downloadAuditCsv });
  const missing = audit.isError && isApiError(audit.error) && audit.error.status === 404;
  const resetPaging = () => setCursors([]);
  return (
    <Card aria-labelledby="audit-title">
      <CardHeader
        id="audit-title"
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          missing ? null : (
            <Button
              size="sm"
              onClick={() => csv.mutate(filter)}
              loading={csv.isPending}
              icon={<Download className="size-4" aria-hidden="true" />}
            >
              {t('audit.csv')}
            </Button>
          )
        }
      />
      {missing ? (
        <Notice tone="info" title={t('audit.unavailable')}>
          {t('audit.unavailableBody')}
        </Notice>
      ) : (
        <>
          <div className="mb-4 grid gap-3 sm:grid-cols-3">
            <Field id="audit-action" label={t('audit.actionFilter')}>
              {(control) => (
                <Input
                  {...control}
                  value={action}
                  placeholder="keys.create"
                  onChange={(event) => {
                    setAction(event.target.value);
                    resetPaging();
                  }}
                />
              )}
            </Field>
            <Field id="audit-from" label={t('audit.from')}>
              {(control) => (
                <Input
                  {...control}
                  type="date"
                  value={from}
                  onChange={(event) => {
                    setFrom(event.target.value);
                    resetPaging();
                  }}
                />
              )}
            </Field>
            <Field id="audit-to" label={t('audit.to')}>
              {(control) => (
                <Input
                  {...control}
                  type="date"
                  value={to}
                  onChange={(event) => {
                    setTo(event.target.value);
                    resetPaging();
                  }}
                />
              )}
            </Field>
          </div>
          {csv.isError ? <ErrorNotice className="mb-4" title={t('audit.csv')} error={csv.error} /> : null}
          <QueryView query={audit} loadFailed={t('audit.loadFailed')}>
            {(data) =>
              data.data.length === 0 ? (
                <EmptyState icon={ScrollText} title={t('audit.title')} body={t('audit.empty')} />
              ) : (
                <>
                  <Table caption={t('audit.title')}>
                    <thead>
                      <tr>
                        <Th>{t('audit.when')}</Th>
                        <Th>{t('audit.action')}</Th>
                        <Th>{t('audit.actor')}</Th>
                        <Th>{t('audit.target')}</Th>
                        <Th>{t('audit.ip')}</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.data.map((entry) => (
                        <Tr key={entry.id}>
                          <Td className="whitespace-nowrap">{formatDateTime({ value: entry.occurredAt, locale })}</Td>
                          <Td className="font-mono text-xs">{entry.action}</Td>
                          <Td>{entry.actorEmail ?? entry.actorId ?? '—'}</Td>
                          <Td className="text-xs">
                            {entry.targetType
                              ? `${entry.targetType}${entry.targetId ? ` · ${entry.targetId}` : ''}`
                              : '—'}
                          </Td>
                          <Td className="font-mono text-xs">{entry.ip ?? '—'}</Td>
                        </Tr>
                      ))}
                    </tbody>
                  </Table>
                  {data.nextCursor ? (
                    <div className="mt-4 flex justify-end">
                      <Button size="sm" onClick={() => setCursors((current) => [...current, data.nextCursor ?? ''])}>
                        {t('audit.more')}
                      </Button>
                    </div>
                  ) : null}
                </>
              )
            }
          </QueryView>
        </>
      )}
    </Card>
  );
}
