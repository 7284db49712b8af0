/**
 * Secret-shaped test values, assembled at run time so no source file contains a literal that secret scanners (or
 * push protection) would take for a leaked credential. None of them is, or was, a real credential.
 */
const BODY = 'q7Hx2LmV9pRt4KsW8nZb3JcY6fGd1AeU5hNo0iQw';

export const FAKE = {
  awsAccessKeyId: ['AK', 'IA', 'Z7VRSQ5TJN2XKQ3P'].join(''),
  githubPat: ['gh', 'p_', BODY.slice(0, 36)].join(''),
  gitlabPat: ['gl', 'pat-', BODY.slice(0, 20)].join(''),
  slackBotToken: ['xo', 'xb-', '2748193650', '-', '4817263950', '-', BODY.slice(0, 24)].join(''),
  stripeLiveKey: ['sk', '_live_', BODY.slice(0, 24)].join(''),
  openaiKey: ['sk', '-proj-', BODY, BODY.slice(0, 34), 'T3Blbk', 'FJ', BODY, BODY.slice(0, 34)].join(''),
  anthropicKey: ['sk', '-ant-api03-', (BODY + BODY + BODY).slice(0, 93), 'AA'].join(''),
  gcpApiKey: ['AI', 'za', 'SyD', BODY.slice(0, 32)].join(''),
  jwt: [
    'ey',
    'JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
    '.',
    'ey',
    'JzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ',
    '.',
    'Qm9pLh7Xk2vR8sT1wN4yZ6aC3dF5gJ0',
  ].join(''),
  privateKey: [
    ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' '),
    'MIIEowIBAAKCAQEAq7Hx2LmV9pRt4KsW8nZb3JcY6fGd1AeU5hNo0iQwTzX8vB2m',
    'Lk4Jr7Pq1Ws9Dn3Ha6Fy0Ug5Ce2Vb8Xt1Zi4Mo7Kl3Np6Rs9Qu2Wx5Ey8Ta1Gd4Jh',
    ['-----END', 'RSA PRIVATE KEY-----'].join(' '),
  ].join('\n'),
} as const;
