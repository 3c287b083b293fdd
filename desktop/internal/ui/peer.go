package ui

// Adopt shows st, the status another process of the app reported (the
// tray's knock in the window, the window's in the tray), and tells the
// watchers, unless it is the status already shown: a status sent back and
// forth between the two processes then stops at once.
func (c *Controller) Adopt(st Status) {
	cur := c.status
	if st.State == cur.State && st.Profile == cur.Profile && st.Message == cur.Message && st.Until.Equal(cur.Until) {
		return
	}
	c.status = st
	c.changed()
}
