package cli

import "testing"

// A NAT knock's -A and -N are checked in the stock client's words
// (client/fwknop.c set_access_buf, set_nat_access), which fwknop's suite
// greps ("NAT invalid access").
func TestStockNATWording(t *testing.T) {
	base := []string{"-a", "198.51.100.7", "-D", "127.0.0.1", "--no-save-args", "--no-rc-file", "-T", "--key-base64-rijndael", testKey}
	with := func(extra ...string) []string { return append(append([]string{}, base...), extra...) }
	checkWording(t, []wordingCase{
		{name: "access without port", args: with("-A", "tcp", "-N", "192.0.2.1:12345", "--nat-port", "22211"), want: `Expecting.*A\sarg`},
		{name: "bad destination", args: with("-A", "tcp/22", "-N", ".168.10.1", "--nat-port", "22211"), want: `Invalid\sNAT\sdestination`},
		{name: "bad destination label", args: with("-A", "tcp/22", "-N", "a-.example:22"), want: `Invalid\sNAT\sdestination`},
		{name: "access port", args: with("-A", "tcp/99999", "-N", "192.0.2.1:99999", "--nat-port", "22211"), want: `Invalid\sport\svalue\s'99999'\sfor\s-A`},
		{name: "nat port", args: with("-A", "tcp/22", "-N", "192.0.2.1:99999"), want: `Invalid\sport\svalue\sin\s-N\sarg`},
		{name: "nat port text", args: with("-A", "tcp/22", "-N", "192.0.2.1:2x"), want: `Invalid\sport\svalue\sin\s-N\sarg`},
		{name: "good", args: with("-A", "tcp/22", "-N", "host-1.example.:022"), want: `(?m)^ +Nat Access: host-1\.example\.,22$`},
	})
}
