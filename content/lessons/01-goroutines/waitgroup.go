package main

import (
	"fmt"
	"sync"
	"time"
)

func download(name string, wait time.Duration, wg *sync.WaitGroup) {
	defer wg.Done() // deferred, so it runs however the function ends
	time.Sleep(wait)
	fmt.Printf("%s: downloaded after %v\n", name, wait)
}

func main() {
	var wg sync.WaitGroup
	files := []struct {
		name string
		wait time.Duration
	}{
		{"photos.zip", 300 * time.Millisecond},
		{"notes.txt", 20 * time.Millisecond},
		{"song.mp3", 150 * time.Millisecond},
	}

	for _, file := range files {
		wg.Add(1) // count the goroutine before starting it
		go download(file.name, file.wait, &wg)
	}

	wg.Wait()
	fmt.Println("main: all downloads are done")
}
