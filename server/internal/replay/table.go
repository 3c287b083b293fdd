package replay

import (
	"hash/maphash"
	"math/bits"
)

// hashSeed keys the table's hash. Digests are SHA-256 outputs, uniform
// already, but a per-process secret seed keeps anyone who can choose packets
// from grinding digests that pile into one probe run. It changes no result,
// only where entries sit, so it is not a parameter.
var hashSeed = maphash.MakeSeed()

func hashOf(d *Digest) uint64 { return maphash.Bytes(hashSeed, d[:]) }

// slot is one entry of a table, 40 bytes.
type slot struct {
	d  Digest
	st stamp
}

// Load factors: a table grows to growLoad when an insert would take it past
// maxLoad, and shrinks to growLoad when pruning leaves it below minLoad.
// Growing by only 1.2× keeps memory between 55 and 66 bytes a digest; the
// copies this costs are small because each shard's table is small.
const (
	maxLoadNum, maxLoadDen   = 3, 4 // 0.75: a hit probes 2.5 slots, a miss 8.5, on average
	growLoadNum, growLoadDen = 5, 8 // 0.625
	minLoadNum, minLoadDen   = 1, 8
	minSlots                 = 8
)

// table is an open-addressing hash set of digests with linear probing.
// Beside each slot it keeps a one-byte tag from the digest's hash (0 for an
// empty slot), and a lookup scans the tags first: they take 1/41 of the
// memory, so they stay in the CPU caches where the slots cannot, and a miss,
// the common case, reads a slot only for the 1 in 255 tags that match by
// chance. A hit reads its one slot. A digest's home slot is its hash scaled
// to the length, so the length need not be a power of two. Deletion shifts
// the run back (no tombstones), so runs stay as short as the load allows.
// Not safe for concurrent use: its shard's lock guards it.
type table struct {
	tags  []uint8
	slots []slot
	n     int
}

// slotsFor is the length that holds n digests at growLoad.
func slotsFor(n int) int {
	return max(minSlots, (n*growLoadDen+growLoadNum-1)/growLoadNum)
}

// tagOf takes bits of h that neither the home slot (the high bits) nor the
// shard (the low byte) depends on.
func tagOf(h uint64) uint8 {
	if t := uint8(h >> 8); t != 0 {
		return t
	}
	return 1
}

func (t *table) home(h uint64) int {
	hi, _ := bits.Mul64(h, uint64(len(t.tags)))
	return int(hi)
}

func (t *table) next(i int) int {
	if i++; i == len(t.tags) {
		return 0
	}
	return i
}

// find returns the index of d, whose hash is h, and true; or the index of
// the empty slot where d would go, and false.
func (t *table) find(d *Digest, h uint64) (int, bool) {
	tag := tagOf(h)
	for i := t.home(h); ; i = t.next(i) {
		switch t.tags[i] {
		case 0:
			return i, false
		case tag:
			if t.slots[i].d == *d {
				return i, true
			}
		}
	}
}

func (t *table) contains(d *Digest, h uint64) bool {
	if len(t.tags) == 0 {
		return false
	}
	_, ok := t.find(d, h)
	return ok
}

// insert adds d with st unless it is present. It returns d's slot, valid
// until the table is next changed, and whether it added d.
func (t *table) insert(d *Digest, h uint64, st stamp) (*slot, bool) {
	if (t.n+1)*maxLoadDen > len(t.tags)*maxLoadNum {
		t.resize(slotsFor(t.n + 1))
	}
	i, ok := t.find(d, h)
	if !ok {
		t.tags[i], t.slots[i] = tagOf(h), slot{d: *d, st: st}
		t.n++
	}
	return &t.slots[i], !ok
}

// remove deletes d and reports whether it was there.
func (t *table) remove(d *Digest, h uint64) bool {
	if len(t.tags) == 0 {
		return false
	}
	i, ok := t.find(d, h)
	if ok {
		t.deleteAt(i)
	}
	return ok
}

// deleteAt empties slot i and moves back each later entry of its run that
// may sit earlier, so every entry stays reachable from its home without
// tombstones.
func (t *table) deleteAt(i int) {
	for j := t.next(i); t.tags[j] != 0; j = t.next(j) {
		if t.dist(t.home(hashOf(&t.slots[j].d)), j) >= t.dist(i, j) {
			t.tags[i], t.slots[i] = t.tags[j], t.slots[j]
			i = j
		}
	}
	t.tags[i], t.slots[i] = 0, slot{}
	t.n--
}

// dist is how many steps forward, wrapping, lead from slot a to slot b.
func (t *table) dist(a, b int) int {
	if b >= a {
		return b - a
	}
	return b + len(t.tags) - a
}

// deleteIf removes the entries for which drop is true and returns how many.
// It calls drop once for each entry.
func (t *table) deleteIf(drop func(stamp) bool) int {
	n := t.n
	if n == 0 {
		return 0
	}
	// Scan once round from just after an empty slot, which the load keeps
	// there is: no run then wraps past the scan's start, so a deletion only
	// shifts entries the scan has not reached yet, one of them into the
	// cursor's slot, which is looked at again.
	start := 0
	for t.tags[start] != 0 {
		start++
	}
	for k, i := 0, t.next(start); k < len(t.tags); {
		if t.tags[i] != 0 && drop(t.slots[i].st) {
			t.deleteAt(i)
			continue
		}
		k, i = k+1, t.next(i)
	}
	if t.n*minLoadDen < len(t.tags)*minLoadNum && len(t.tags) > minSlots {
		t.resize(slotsFor(t.n))
	}
	return n - t.n
}

// resize rebuilds the table with length slots, which must hold all entries
// below maxLoad.
func (t *table) resize(length int) {
	oldTags, oldSlots := t.tags, t.slots
	t.tags, t.slots = make([]uint8, length), make([]slot, length)
	for i, tag := range oldTags {
		if tag != 0 {
			s := &oldSlots[i]
			j, _ := t.find(&s.d, hashOf(&s.d))
			t.tags[j], t.slots[j] = tag, *s
		}
	}
}
