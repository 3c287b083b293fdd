//go:build !linux

package lockdown

import (
	"errors"
	"fmt"

	"github.com/sesame-spa/sesame/server/internal/firewall"
)

func openNFTables(*firewall.NFTables) ([]target, error) {
	return nil, fmt.Errorf("%w: nftables: %w (Linux only)", ErrFirewall, errors.ErrUnsupported)
}
