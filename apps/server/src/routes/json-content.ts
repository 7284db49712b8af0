/** The OpenAPI `content` of a JSON body or response with the given schema. */
export const jsonContent = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
