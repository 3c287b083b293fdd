// Package trayapp is Sesame's tray process: the tray icon and its menu
// (each profile's Knock and Open SSH, "Open Sesame…", Quit, the countdown
// on the icon while a grant is open) with no Fyne app at all. Fyne's
// driver polls GLFW 60 times a second whether a window is shown or not,
// so an app that kept its window hidden in the tray cost ~1.4 % of a core
// and hundreds of wake-ups a second; this process runs fyne.io/systray
// alone (pure Go over D-Bus: no GL, no X connection, no glfw.Init) and
// sleeps until D-Bus, its socket or a countdown tick wakes it.
//
// The window is another process of the same binary (SESAME_WINDOW=1, the
// Fyne app without a tray of its own), started by "Open Sesame…", a click
// on the icon, or a second `sesame`; closing the window ends that process.
//
// One tray per user: the tray listens on a unix socket (SocketPath: in
// $XDG_RUNTIME_DIR/sesame, mode 0700, the socket 0600; the user's cache
// folder when there is no runtime folder). A second `sesame` finds it,
// sends "show" (HandOver) and exits 0.
//
// The two processes agree on state by telling each other over that socket,
// in a small line protocol (package wire: typed messages, a parser that
// refuses what it does not know, lines of at most wire.MaxLine bytes). The
// window says hello ("window") and keeps its connection; each side sends
// the latest knock's status when it changes (so a knock in the window
// shows its countdown on the tray icon and the other way round), the
// window says "reload" when its profiles changed, and the tray sends
// "raise" and "quit". Telling was chosen over the tray re-reading the
// store or the knock history: a status is known at once and costs nothing
// while nothing happens, whereas re-reading means polling files (wake-ups
// again) or watching them (inotify, and still no "knocking…" state).
//
// Both processes knock through the same pipeline (ui.Controller over the
// live services: the same store, keyring or age files). The tray cannot
// show a passphrase dialog: a knock whose keys need one opens the window
// and fails with a message saying to knock there.
package trayapp
