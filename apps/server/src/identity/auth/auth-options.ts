/** What the identity layer needs to know about the deployment; built from env by start-server. */
export interface AuthSettings {
  publicUrl: string;
  secret: string;
  trustedOrigins: string[];
  trustProxy: boolean;
  oauth: {
    google?: { clientId: string; clientSecret: string };
    github?: { clientId: string; clientSecret: string };
  };
  /** True when SMTP is configured: verification and reset e-mails are really sent. */
  emailDelivery: boolean;
}
