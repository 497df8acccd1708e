package main

import (
	"fmt"
	"sync"
	"time"
)

type Config struct{ Timeout string }

type Server struct {
	loadOnce sync.Once
	cfg      *Config

	stopOnce sync.Once
	stopped  chan struct{}
}

// Config gives every caller the same config; the first call loads it.
func (s *Server) Config() *Config {
	s.loadOnce.Do(func() {
		fmt.Println("loading config...")
		time.Sleep(50 * time.Millisecond) // reading a file
		s.cfg = &Config{Timeout: "30s"}
	})
	return s.cfg
}

// Stop is safe to call any number of times, from any goroutine.
func (s *Server) Stop() {
	s.stopOnce.Do(func() { close(s.stopped) })
}

func main() {
	server := &Server{stopped: make(chan struct{})}

	var wg sync.WaitGroup
	got := make([]*Config, 5)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = server.Config()
		}()
	}
	wg.Wait()
	same := true
	for _, c := range got {
		same = same && c == got[0]
	}
	fmt.Printf("5 callers; the same config: %t; %s\n", same, got[0].Timeout)

	wg.Add(1)
	go func() {
		defer wg.Done()
		<-server.stopped
		fmt.Println("watcher: the server has stopped")
	}()
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			server.Stop()
		}()
	}
	wg.Wait()
	fmt.Println("stop: called 3 times, closed the channel once")
}
