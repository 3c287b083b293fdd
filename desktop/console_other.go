//go:build !windows

package desktop

// useParentConsole is needed only by the Windows GUI build: elsewhere a
// program always inherits its standard streams.
func useParentConsole() {}
