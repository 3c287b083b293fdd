// Package windows provides Windows-specific system utilities.
package windows

//go:generate go run golang.org/x/sys/windows/mkwinsyscall -output zsyscall_windows.go syscall_windows.go
