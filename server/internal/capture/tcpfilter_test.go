package capture

import (
	"errors"
	"testing"
)

func TestFilterPassesTCP(t *testing.T) {
	for _, c := range []struct {
		filter string
		port   uint16
		want   bool
	}{
		{"", 62201, true},
		{DefaultFilter, 62201, false},
		{"udp port 62201 or tcp port 62201", 62201, true},
		{"port 62201", 62201, true},
		{"tcp port 80", 62201, false},
		{"tcp dst port 80", 80, true},
	} {
		got, err := FilterPassesTCP(c.filter, c.port)
		if errors.Is(err, ErrNoLibpcap) {
			t.Skip("built without libpcap")
		}
		if err != nil || got != c.want {
			t.Errorf("FilterPassesTCP(%q, %d) = %v, %v; want %v", c.filter, c.port, got, err, c.want)
		}
	}
	if _, err := FilterPassesTCP("tcp port", 1); !errors.Is(err, ErrFilter) {
		t.Errorf("bad filter: %v", err)
	}
}
