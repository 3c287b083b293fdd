package daemon

import (
	"github.com/sesame-spa/sesame/server/internal/config"
)

// Reload re-reads both configuration files (SIGHUP) and swaps in a new
// Judge built from them, atomically: a packet is judged wholly by the old
// or wholly by the new configuration. A configuration that does not load is
// logged with its file:line and the old one keeps serving. The firewall is
// not touched, so live grants stay until their own expiry; settings that
// only a restart can change (capture, firewall chains, files) are named in
// a warning.
func (d *Daemon) Reload() error {
	d.reloadMu.Lock()
	defer d.reloadMu.Unlock()
	cfg, err := LoadConfig(&d.opts)
	if err == nil {
		var j Judge
		if j, err = d.judgeFor(cfg); err == nil {
			old := d.state.Swap(&loaded{cfg: cfg, judge: j})
			d.afterReload(old.cfg, cfg)
			return nil
		}
	}
	d.log.Warnf("reload refused, the previous configuration keeps serving: %v", err)
	return err
}

func (d *Daemon) afterReload(old, cfg *Config) {
	logConfigWarnings(d.log, cfg)
	srv := cfg.Server
	if err := d.deps.Replay.SetPolicy(srv.MaxSPAPacketAge, srv.PacketAging(d.opts.PCAPFile != "")); err != nil {
		d.log.Warnf("replay cache: %v", err)
	}
	if changed := restartOnly(old.Server, srv); len(changed) > 0 {
		d.log.Warnf("reload: %v changed; this takes effect only at the next start", changed)
	}
	d.log.Warnf("configuration reloaded: %d access stanzas from %s", len(cfg.Access.Stanzas), cfg.Access.Files[0])
}

// restartOnly lists the variables that changed but are only read at start.
func restartOnly(a, b *config.Server) []string {
	var out []string
	check := func(name string, same bool) {
		if !same {
			out = append(out, name)
		}
	}
	check("PCAP_INTF", a.PCAPIntf == b.PCAPIntf)
	check("PCAP_FILTER", a.PCAPFilter == b.PCAPFilter)
	check("ENABLE_PCAP_PROMISC", a.EnablePCAPPromisc == b.EnablePCAPPromisc)
	check("MAX_SNIFF_BYTES", a.MaxSniffBytes == b.MaxSniffBytes)
	check("ENABLE_UDP_SERVER", a.EnableUDPServer == b.EnableUDPServer)
	check("UDPSERV_PORT", a.UDPServPort == b.UDPServPort)
	check("IPT_INPUT_ACCESS", a.IPTInputAccess == b.IPTInputAccess)
	check("IPT_FORWARD_ACCESS", a.IPTForwardAccess == b.IPTForwardAccess)
	check("IPT_DNAT_ACCESS", a.IPTDNATAccess == b.IPTDNATAccess)
	check("ENABLE_IPT_FORWARDING", a.EnableIPTForwarding == b.EnableIPTForwarding)
	check("ENABLE_IPT_LOCAL_NAT", a.EnableIPTLocalNAT == b.EnableIPTLocalNAT)
	check("ENABLE_RULE_PREPEND", a.EnableRulePrepend == b.EnableRulePrepend)
	check("ENABLE_DIGEST_PERSISTENCE", a.EnableDigestPersistence == b.EnableDigestPersistence)
	check("DIGEST_FILE", a.DigestFile == b.DigestFile)
	check("FWKNOP_PID_FILE", a.PIDFile == b.PIDFile)
	check("FIREWALL_BACKEND", a.FirewallBackend == b.FirewallBackend)
	check("FIREWALL_EXE", a.FirewallExe == b.FirewallExe)
	check("NFT_TABLE", a.NFTTable == b.NFTTable)
	check("NFT_CHAIN", a.NFTChain == b.NFTChain)
	check("REPLAY_REDIS_*", a.Redis == b.Redis)
	return out
}

// logConfigWarnings logs the loader's warnings.
func logConfigWarnings(log *Logger, cfg *Config) {
	for _, w := range cfg.Warnings {
		log.Warnf("config: %s", w)
	}
}
