// The Slidev community's lint setup (antfu), with Vue, TypeScript and UnoCSS rules, plus the
// Vue accessibility rules.
import antfu from '@antfu/eslint-config'
import vueA11y from 'eslint-plugin-vuejs-accessibility'

export default antfu(
  {
    vue: true,
    typescript: true,
    unocss: true,
    markdown: false,
    ignores: ['dist/**', 'exports/**', 'test-results/**', '.test-builds/**', '.slidev/**', '.bench/**'],
  },
  ...vueA11y.configs['flat/recommended'],
)
