package main

import (
	"fmt"
	"os/exec"
	"testing"

	"github.com/sesame-spa/sesame/internal/netnstest"
	"github.com/sesame-spa/sesame/shared/gnupg/gnupgtest"
	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// portGPG is the port the GPG knocks open.
const portGPG = 2243

// TestGPGHomeStockClientNamespace: the stock fwknop client, signing and
// encrypting from a GnuPG 2.2 home made by `gpg --import`, knocks a running
// fwknopd whose stanza decrypts and checks the signature in its own GnuPG
// home (GPG_HOME_DIR, as `gpg --import` left it): the signed knock opens
// the port; an unsigned one is refused as the stock refuses it.
func TestGPGHomeStockClientNamespace(t *testing.T) {
	netnstest.RequireRoot(t)
	if _, err := exec.LookPath("fwknop"); err != nil {
		t.Skip("the stock fwknop client is not installed (apt-get install fwknop-client)")
	}
	clientHome := gnupgtest.Home(t, false, spatest.ClientSecretKey, spatest.ServerPublicKey)
	serverHome := gnupgtest.Home(t, true, spatest.ServerSecretKey, spatest.ClientPublicKey)
	server, client := netnstest.Pair(t)
	for _, cmd := range []string{"iptables", "ip6tables"} {
		server.Run(t, cmd, "-A", "INPUT", "-p", "tcp", "--dport", fmt.Sprint(portGPG), "-j", "DROP")
	}
	_, args := confDir(t, "FIREWALL_BACKEND iptables;\n",
		"SOURCE ANY\nGPG_HOME_DIR "+serverHome+"\nGPG_DECRYPT_ID CFA115A3\nGPG_ALLOW_NO_PW Y\n"+
			"GPG_REMOTE_ID 487442C4\nHMAC_KEY_BASE64 "+testHMAC+"\nFW_ACCESS_TIMEOUT 30\n")
	d := startDaemon(t, server, args)
	access := fmt.Sprintf("tcp/%d", portGPG)
	knock := []string{"fwknop", "-A", access, "-a", netnstest.ClientAddr4.String(), "-D", server4.String(),
		"--use-hmac", "--key-base64-hmac", testHMAC,
		"--gpg-home-dir", clientHome, "--gpg-recipient-key", "CFA115A3", "--gpg-no-signing-pw"}

	knockWith(t, client, t.TempDir(), knock...)
	wantDecision(t, d.waitDecision(t, ""), "reject", "gpg_signature_missing")
	if hasRule(t, server, portGPG) {
		t.Fatalf("unsigned knock opened the port:\n%s", rules(t, server))
	}

	knockWith(t, client, t.TempDir(), append(knock, "--gpg-signer-key", "487442C4")...)
	wantDecision(t, d.waitDecision(t, access), "accept", "")
	if !hasRule(t, server, portGPG) {
		t.Errorf("no rule for the signed knock:\n%s\n%s", rules(t, server), d.logText())
	}
}
