/** English messages of the knowledge page, prepared for knowledge bases that arrive later. */
export const knowledgeEn = {
  'knowledge.badge': 'Coming soon',
  'knowledge.intro.title': 'Knowledge bases: answers from your own documents',
  'knowledge.intro.body':
    'Soon you can upload handbooks, FAQs and policies into knowledge bases. Agents then search them while answering and cite what they used, so answers rest on your facts instead of the model’s memory.',
  'knowledge.how.title': 'How it will work',
  'knowledge.step.upload.title': 'Upload',
  'knowledge.step.upload.body': 'Add PDFs, Word files, Markdown or web pages to a knowledge base.',
  'knowledge.step.index.title': 'Index',
  'knowledge.step.index.body':
    'Documents are split into passages and turned into embeddings with a model you choose; the tokens are metered like any request.',
  'knowledge.step.retrieve.title': 'Retrieve',
  'knowledge.step.retrieve.body':
    'Agents you connect to a knowledge base find the passages that fit each question and answer with citations.',
  'knowledge.step.guard.title': 'Guard',
  'knowledge.step.guard.body':
    'Every retrieved passage passes the firewall as context, so injected instructions and secrets inside documents are caught.',
  'knowledge.embeddings.title': 'Embedding models',
  'knowledge.embeddings.body': 'Knowledge bases will use one of these models to index documents.',
  'knowledge.embeddings.none': 'The catalog lists no embedding model yet.',
  'knowledge.embeddings.manage': 'Manage models and providers',
  'knowledge.today.title': 'What works today',
  'knowledge.today.prompt': 'Put short reference material straight into an agent’s instructions.',
  'knowledge.today.webPage': 'Let agents read public pages with the built-in “web_page” tool.',
  'knowledge.today.dify': 'Connect a Dify app that has its own knowledge; SIGMACODE guards and meters it.',
  'knowledge.today.agents': 'Go to agents',
} satisfies Record<string, string>;
