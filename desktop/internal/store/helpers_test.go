package store

import "github.com/sesame-spa/sesame/desktop/internal/sshlaunch"

func sshSettings(user string, port uint16) sshlaunch.Settings {
	return sshlaunch.Settings{User: user, Port: port}
}
