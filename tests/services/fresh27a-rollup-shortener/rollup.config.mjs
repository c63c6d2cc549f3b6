import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/index.ts',
  external: ['express', /^node:/],
  output: { file: 'dist/index.cjs', format: 'cjs', exports: 'named' },
  plugins: [typescript({ target: 'ES2022' })],
};
