/// <reference types="vite/client" />

declare module 'virtual:readme-examples' {
  /** The README's ```graphql blocks, in order. */
  const examples: string[];
  export default examples;
}
