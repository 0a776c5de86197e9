#!/usr/bin/python3
"""The PyTorch anchor for Starling's training throughput: a MiniLM-shaped BERT (vocab 30522,
hidden 384, 6 post-LN layers, 12 heads, FFN 1536, GELU), mean pooling and a 3-class head, trained
with AdamW on batches of 32 x 64 random tokens, 2 threads. Prints tokens/s per step and the median
of the measured steps (the first 2 are warm-up). Needs Debian's python3-torch (1.13) with OpenBLAS
as the system BLAS:
    apt-get install python3-torch libopenblas0-pthread && /usr/bin/python3 bench/scripts/torch_train_anchor.py [STEPS]
"""
import statistics
import sys
import time

import torch
import torch.nn as nn

torch.set_num_threads(2)
torch.manual_seed(1)
steps = int(sys.argv[1]) if len(sys.argv) > 1 else 12


class MiniLm(nn.Module):
    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(30522, 384)
        self.pos = nn.Embedding(512, 384)
        self.token_type = nn.Embedding(2, 384)
        self.norm = nn.LayerNorm(384, eps=1e-12)
        layer = nn.TransformerEncoderLayer(384, 12, 1536, dropout=0.1, activation="gelu", batch_first=True, norm_first=False)
        self.encoder = nn.TransformerEncoder(layer, 6)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(384, 3)

    def forward(self, ids):
        pos = torch.arange(ids.shape[1]).unsqueeze(0)
        h = self.norm(self.word(ids) + self.pos(pos) + self.token_type(torch.zeros_like(ids)))
        h = self.encoder(self.drop(h))
        return self.head(self.drop(h.mean(dim=1)))


model = MiniLm()
opt = torch.optim.AdamW(model.parameters(), lr=1e-5, weight_decay=0.01)
ids = torch.randint(1000, 29000, (32, 64))
labels = torch.zeros(32, dtype=torch.long)
rates = []
for step in range(steps):
    t0 = time.perf_counter()
    loss = nn.functional.cross_entropy(model(ids), labels)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    opt.zero_grad()
    sec = time.perf_counter() - t0
    rates.append(32 * 64 / sec)
    print(f"step {step + 1}: {sec:.2f} s, {rates[-1]:.0f} tokens/s, loss {loss.item():.4f}")
print(f"PyTorch {torch.__version__} full fine-tuning, batch 32 x 64 tokens, AdamW, 2 threads: "
      f"median {statistics.median(rates[2:]):.0f} tokens/s over {len(rates) - 2} steps (first 2 are warm-up)")
