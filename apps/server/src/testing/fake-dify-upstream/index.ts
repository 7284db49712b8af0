export {
  chatFrames,
  FAKE_DIFY_USAGE,
  type FakeDifyRequest,
  startFakeDifyUpstream,
  workflowFrames,
} from './start-fake-dify-upstream.js';
