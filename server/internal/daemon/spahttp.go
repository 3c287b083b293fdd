package daemon

import (
	"errors"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/httpspa"
)

// httpPacket applies ENABLE_SPA_OVER_HTTP to a payload before it is judged,
// whichever way it came (libpcap, the UDP or the TCP server), as the stock
// daemon does: a payload starting "GET /" is an HTTP request and its path
// is the packet (httpspa). Any other payload, or every payload with the
// option off, is judged as it is. A refused request returns its reason
// code for the log. The payload is rewritten in place.
func httpPacket(payload []byte, srv *config.Server) ([]byte, string) {
	if !srv.EnableSPAOverHTTP || !httpspa.IsRequest(payload) {
		return payload, ""
	}
	p, err := httpspa.Packet(payload, srv.AllowAnyUserAgent)
	var herr *httpspa.Error
	if errors.As(err, &herr) {
		return nil, herr.Reason
	}
	return p, ""
}
