import type { AppConfig } from '../apps/app-schemas.js';

/**
 * Dify's `GET /parameters` from an app's configuration: the opening statement, suggested questions and follow-up
 * suggestions come from the config; features the platform does not offer (speech, files, annotations, …) are
 * reported disabled with Dify's defaults.
 *
 * @example toDifyParameters(app.config).suggested_questions_after_answer.enabled
 */
export function toDifyParameters(config: AppConfig) {
  return {
    opening_statement: config.openingStatement,
    suggested_questions: config.suggestedQuestions,
    suggested_questions_after_answer: { enabled: config.suggestFollowUps },
    speech_to_text: { enabled: false },
    text_to_speech: { enabled: false, voice: '', language: '', autoPlay: 'disabled' },
    retriever_resource: { enabled: false },
    annotation_reply: { enabled: false },
    more_like_this: { enabled: false },
    user_input_form: [],
    sensitive_word_avoidance: { enabled: false, type: '', configs: [] },
    file_upload: {
      image: { enabled: false, number_limits: 3, detail: 'high', transfer_methods: ['remote_url', 'local_file'] },
    },
    system_parameters: {
      image_file_size_limit: 10,
      video_file_size_limit: 100,
      audio_file_size_limit: 50,
      file_size_limit: 15,
      workflow_file_upload_limit: 10,
    },
  };
}
