/** Side effect only: loads src/components/styles.css; the module exports nothing. */
// oxlint-disable-next-line unicorn/require-module-specifiers -- marks this file as a module
export {}
