module github.com/sesame-spa/sesame

go 1.26.0

require (
	github.com/ProtonMail/go-crypto v1.5.2 // indirect
	github.com/cloudflare/circl v1.6.3 // indirect
	github.com/coreos/go-iptables v0.8.0 // indirect
	github.com/gopacket/gopacket v1.7.7 // indirect
	github.com/rogpeppe/go-internal v1.16.0 // indirect
	github.com/yeqown/go-qrcode/v2 v2.3.0
	github.com/yeqown/reedsolomon v1.0.0 // indirect
	golang.org/x/crypto v0.59.0 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/sys v0.50.0 // indirect
	golang.org/x/term v0.48.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
