import { createAzure } from '@ai-sdk/azure';
import type { ProviderFactory, ProviderModelOptions } from './provider-factory.js';

/** Azure OpenAI: the model id is the deployment name. */
export const azureProvider = {
  type: 'azure',
  label: 'Azure OpenAI',
  languageModel: ({ config, modelId, fetch }) => build({ config, fetch }).languageModel(modelId),
  embeddingModel: ({ config, modelId, fetch }) => build({ config, fetch }).embeddingModel(modelId),
} satisfies ProviderFactory<'azure'>;

function build({ config, fetch }: Omit<ProviderModelOptions<'azure'>, 'modelId'>) {
  return createAzure({
    apiKey: config.apiKey,
    resourceName: config.resourceName,
    apiVersion: config.apiVersion,
    baseURL: config.baseURL,
    headers: config.headers,
    fetch,
  });
}
