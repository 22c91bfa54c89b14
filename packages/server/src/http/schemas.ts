/** JSON Schemas shared by route definitions; they validate bodies and document the API. */
export const uuidParam = (name: string) => ({
  type: 'object',
  required: [name],
  properties: { [name]: { type: 'string', format: 'uuid' } },
});

export const idParams = uuidParam('id');

export const errorBody = {
  type: 'object',
  properties: { error: { type: 'string' }, code: { type: 'string' } },
  required: ['error'],
} as const;

export const body = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
});

export const text = (maxLength: number) => ({ type: 'string', maxLength });
