package trayapp

import (
	"context"
	"time"

	"github.com/godbus/dbus/v5"
)

// busTimeout bounds the tray's own D-Bus calls (a notification, the colour
// scheme): a slow desktop service must not hold the tray.
const busTimeout = 2 * time.Second

// notify sends a desktop notification, as Fyne's SendNotification does,
// off the loop; one that fails is not worth more than the icon shows.
func notify(title, body string) {
	go func() {
		conn, err := dbus.SessionBus()
		if err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
		defer cancel()
		conn.Object("org.freedesktop.Notifications", "/org/freedesktop/Notifications").CallWithContext(ctx,
			"org.freedesktop.Notifications.Notify", 0, "Sesame", uint32(0), "", title, body,
			[]string{}, map[string]dbus.Variant{}, int32(-1))
	}()
}

// dark reports whether the desktop prefers a dark style (the portal's
// org.freedesktop.appearance color-scheme 1), as Fyne's settings read it:
// the tray icon's ring follows it.
func dark() bool {
	conn, err := dbus.SessionBus()
	if err != nil {
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	var v dbus.Variant
	err = conn.Object("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop").CallWithContext(ctx,
		"org.freedesktop.portal.Settings.ReadOne", 0, "org.freedesktop.appearance", "color-scheme").Store(&v)
	if err != nil {
		return false
	}
	scheme, ok := v.Value().(uint32)
	return ok && scheme == 1
}
