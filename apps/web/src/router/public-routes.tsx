import { createRoute } from '@tanstack/react-router';
import { LandingPage } from '../pages/landing-page';
import { LoginPage } from '../pages/login-page';
import { RegisterPage } from '../pages/register-page';
import { rootRoute } from './root-route';

export const landingRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: LandingPage });
export const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: LoginPage });
export const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register',
  component: RegisterPage,
});
