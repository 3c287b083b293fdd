//go:build !linux

package firewall

import (
	"context"
	"errors"
	"fmt"
)

// NFTables needs Linux's nf_tables netlink interface; elsewhere
// NewNFTables reports errors.ErrUnsupported and no NFTables exists.
type NFTables struct{ Firewall }

// NewNFTables reports errors.ErrUnsupported: nftables is Linux only.
func NewNFTables(Config, NFTConfig) (*NFTables, error) {
	return nil, fmt.Errorf("firewall: nftables backend: %w (Linux only)", errors.ErrUnsupported)
}

// Check is never reached: there is no NFTables outside Linux.
func (*NFTables) Check(context.Context) (bool, error) { return false, errors.ErrUnsupported }

func hookChains() ([]hookChain, error) { return nil, errors.ErrUnsupported }

// Close is never reached: there is no NFTables outside Linux.
func (*NFTables) Close() error { return errors.ErrUnsupported }
