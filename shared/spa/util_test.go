package spa_test

import "os"

func readFileIfExists(path string) ([]byte, error) { return os.ReadFile(path) }
