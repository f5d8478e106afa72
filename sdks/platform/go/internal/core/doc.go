// Package core is the internal runtime of the generated SDK: transport,
// retries, errors, JSON helpers, pagination, waiters and the log tail.
//
// It is hand-written and copied unchanged into every generated module. Its
// public names are re-exported by the parent package (aliases.go there);
// code outside the module never imports this package directly.
package core
