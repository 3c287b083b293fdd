package config

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func FuzzParseServer(f *testing.F) {
	for _, c := range loadVectors(f) {
		f.Add([]byte(vectorBaseConf + c.FwknopdConfExtra))
	}
	f.Add([]byte("FWKNOP_RUN_DIR /run/x;\nDIGEST_FILE $FWKNOP_RUN_DIR/d;\nIPT_INPUT_ACCESS ACCEPT, filter, INPUT, 1, FWKNOP_INPUT, 1;\nFLUSH_IPT_AT_INIT Y\nSYSLOG_FACILITY LOG_DAEMON;\n"))
	f.Add([]byte("NFT_TABLE inet filter\nFIREWALL_BACKEND nftables\nSNAT_TRANSLATE_IP 2001:db8::1\n\tUDPSERV_PORT 62201 ; x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, warns, err := ParseServer(bytes.NewReader(data), "f.conf")
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.File != "f.conf" || e.Line <= 0 {
				t.Fatalf("error without a line number: %#v", err)
			}
			return
		}
		for _, w := range warns {
			if w.Line <= 0 {
				t.Fatalf("warning without a line number: %v", w)
			}
		}
		s.Dump(io.Discard)
	})
}

func FuzzParseAccess(f *testing.F) {
	for _, c := range loadVectors(f) {
		f.Add([]byte(strings.ReplaceAll(c.AccessConf, "$GNUPGHOME", "/gnupg")))
	}
	f.Add([]byte("SOURCE 198.51.100.0/24, 2001:db8::/32\nKEY abc#def\nHMAC_KEY hmac\nOPEN_PORTS tcp/22,udp/53\nRESTRICT_PORTS tcp/23\n" +
		"FORCE_NAT 192.0.2.1 22\nFORCE_SNAT 192.0.2.2\nACCESS_EXPIRE 01/02/2030\nCMD_EXEC_USER alice\nSESAME_CLIENT x\n%include_keys /k\n%include /i\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, _, err := parseAccess(bytes.NewReader(data), "a.conf", testFS, fakeUsers{})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.File == "" || e.Line <= 0 && !errors.Is(err, ErrNoStanza) {
				t.Fatalf("error without a line number: %#v", err)
			}
			return
		}
		for _, s := range a.Stanzas {
			if s.Line <= 0 || len(s.Source) == 0 || !s.UsesRijndael() && !s.UsesGPG() || len(s.Key) > maxKeyLen {
				t.Fatalf("accepted an invalid stanza: %+v", s)
			}
		}
		a.Dump(io.Discard)
	})
}
